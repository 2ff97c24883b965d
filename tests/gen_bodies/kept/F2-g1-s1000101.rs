// finding: F2-teardown-in-let-else
// seed: 1000101
// expect `drain` => item 2 item 5 item 5 s6 w7- L8 b3=8 w14- w13- L15 b1=14 w24- w28x w25- w26- w27- w24- w28x w25- w26- w27- end
// expect `take 0 close` => close
// expect `take 0 cancel` => cancel
// expect `take 0 mid 1 close` => item 2 close
// expect `take 0 mid 1 cancel` => item 2 cancel
// expect `take 0 mid 2 close` => item 2 close
// expect `take 0 mid 2 cancel` => item 2 cancel
// expect `take 0 mid 3 close` => item 2 close
// expect `take 0 mid 3 cancel` => item 2 cancel
// expect `take 1 close` => item 2 close
// expect `take 1 cancel` => item 2 cancel
// expect `take 1 mid 1 close` => item 2 item 5 close
// expect `take 1 mid 1 cancel` => item 2 item 5 cancel
// expect `take 1 mid 2 close` => item 2 item 5 close
// expect `take 1 mid 2 cancel` => item 2 item 5 cancel
// expect `take 1 mid 3 close` => item 2 item 5 close
// expect `take 1 mid 3 cancel` => item 2 item 5 cancel
// expect `take 2 close` => item 2 item 5 close
// expect `take 2 cancel` => item 2 item 5 cancel
// expect `take 2 mid 1 close` => item 2 item 5 item 5 close
// expect `take 2 mid 1 cancel` => item 2 item 5 item 5 cancel
// expect `take 2 mid 2 close` => item 2 item 5 item 5 close
// expect `take 2 mid 2 cancel` => item 2 item 5 item 5 cancel
// expect `take 2 mid 3 close` => item 2 item 5 item 5 close
// expect `take 2 mid 3 cancel` => item 2 item 5 item 5 cancel
// expect `take 5 mid 2 close` => item 2 item 5 item 5 s6 w7- L8 b3=8 w14- w13- L15 b1=14 w24- w28x w25- w26- w27- w24- w28x w25- w26- w27- end close
// expect `take 3 cancel` => item 2 item 5 item 5 cancel
// expect `take 4 mid 1 cancel` => item 2 item 5 item 5 s6 w7- L8 b3=8 w14- w13- L15 b1=14 w24- w28x w25- w26- w27- w24- w28x w25- w26- w27- end cancel
// expect `take 6 close` => item 2 item 5 item 5 s6 w7- L8 b3=8 w14- w13- L15 b1=14 w24- w28x w25- w26- w27- w24- w28x w25- w26- w27- end close
#[managed_stream]
pub async fn body(ctx: Ctx) -> u32 {
    let b1: u32 = 'l1: {
        yield_!(2);
        let b3: u32 = 'l3: {
            'l4: for _ in 0..2 {
                yield_!(5);
            }
            ctx.log("s6");
            W::new(&ctx, 7, 2).await;
            let Some(v8) = ctx.opt(8, 0b11, 3) else {
                yield_!(9);
                teardown! {
                    ctx.log("t10");
                    ctx.log("t10.");
                }
                yield_!(11);
                break 'l3 49;
            };
            ctx.log(format!("L{v8}"));
            8
        };
        ctx.log(format!("b3={b3}"));
        let Some(v12) = ctx.opt(12, 0b0, 2) else {
            tokio::join!(W::new(&ctx, 13, 3), W::new(&ctx, 14, 2));
            let Some(v15) = ctx.opt(15, 0b1, 3) else {
                teardown! {
                    ctx.log("t16");
                    W::new(&ctx, 17, 0).await;
                    ctx.log("t16.");
                }
                teardown! {
                    ctx.log("t18");
                    ctx.log("t18.");
                }
                W::new(&ctx, 19, 0).await;
                W::new(&ctx, 20, 2).await;
                return;
            };
            ctx.log(format!("L{v15}"));
            break 'l1 14;
        };
        ctx.log(format!("L{v12}"));
        W::new(&ctx, 21, 0).await;
        45
    };
    ctx.log(format!("b1={b1}"));
    {
        for _ in 0..2 {
            tokio::select! {
                _ = W::new(&ctx, 24, 1) => {
                    W::new(&ctx, 25, 1).await;
                    W::new(&ctx, 26, 2).await;
                    W::new(&ctx, 27, 0).await;
                }
                _ = W::new(&ctx, 28, 3) => {
                    ctx.log("s29");
                }
            }
        }
    }
}
