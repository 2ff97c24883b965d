// finding: R2-cancel-in-join
// seed: 1000219
// expect `take 0 mid 1 cancel` => gaveup w1x w2x t11 w12- t11. cancel=Ok
// expect `take 0 mid 2 cancel` => w1- j1 gaveup w2x t11 w12- t11. cancel=Ok
#[managed_stream]
pub async fn body(ctx: Ctx) -> Result<u32, u32> {
    teardown! {
        ctx.log("t11");
        W::new(&ctx, 12, 1).await;
        ctx.log("t11.");
    }
    tokio::join!(async { W::new(&ctx, 1, 1).await; ctx.log("j1"); }, async { W::new(&ctx, 2, 2).await; ctx.log("j2"); });
    teardown! {
        ctx.log("t3");
        ctx.log("t3.");
    }
    let m4: u32 = match ctx.pick(4, 1, 2) {
        0 => {
            ctx.check(5, 0b1100, 4)?;
            if ctx.ch(6, 0b1, 1) {
                let mut c7 = 0;
                loop {
                    c7 += 1;
                    if c7 > 0 { break; }
                    ctx.log("s8");
                }
            } else {
                ctx.log("s9");
            }
            28
        }
        _ => {
            ctx.log("s10");
            return;
        }
    };
    ctx.log(format!("m4={m4}"));
    return;
}
